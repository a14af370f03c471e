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
;;     18: jb      0x0000000000000048
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
;;     45: ret     0x10
;;     48: cmp     dword ptr [r11+0x14],0
;;     51: jne     0x0000000000000067
;;     57: cmp     rax,[r11+0x38]
;;     5c: jb      0x0000000000000081
;;     62: jmp     0x000000000000001E
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x20
;;     75: mov     eax,0xA
;;     7b: mov     rsp,[r11+8]
;;     80: ret
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x20
;;     8f: mov     eax,9
;;     95: mov     rsp,[r11+8]
;;     9a: ret
