;; `f32.eq` of two locals, NaN-aware.

(module
  (func (export "f") (param $a f32) (param $b f32) (result i32)
    (f32.eq (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomiss xmm1,xmm0
;;     30: sete    al
;;     34: movzx   eax,al
;;     38: setnp   r11b
;;     3c: movzx   r11d,r11b
;;     40: and     eax,r11d
;;     43: leave
;;     44: ret
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x20
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x20
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
