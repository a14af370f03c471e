;; A float comparison feeding `br_if`.
;; Finding: the float comparison is not fused into the branch: it is materialised with
;; `seta`/`movzx` and tested again.

(module
  (func (export "f") (param $a f32) (param $b f32) (result i32)
    (block $b (br_if $b (f32.lt (local.get $a) (local.get $b))) (return (i32.const 1)))
    (i32.const 2)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomiss xmm0,xmm1
;;     30: seta    al
;;     34: movzx   eax,al
;;     38: test    eax,eax
;;     3b: jne     0x000000000000004C
;;     41: mov     eax,1
;;     47: jmp     0x0000000000000052
;;     4c: mov     eax,2
;;     52: leave
;;     53: ret     0x10
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x20
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
