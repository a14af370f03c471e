;; `select` on a comparison uses its flags.
;; Finding: the comparison is not fused into the conditional move: it is materialised
;; with `setl`/`movzx` and tested again.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: mov     eax,[rbp+0x18]
;;     23: cmp     eax,[rbp+0x10]
;;     28: setl    al
;;     2c: movzx   eax,al
;;     30: mov     ecx,[rbp+0x10]
;;     35: mov     edx,[rbp+0x18]
;;     3a: test    eax,eax
;;     3d: cmove   rdx,rcx
;;     41: mov     rax,rdx
;;     44: leave
;;     45: ret
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x20
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x20
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret
