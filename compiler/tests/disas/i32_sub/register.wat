;; A local minus a value in a register: the register cannot take the result.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.sub (local.get $a) (i32.mul (local.get $b) (local.get $b)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: mov     eax,[rbp+0x10]
;;     23: imul    eax,[rbp+0x10]
;;     29: mov     ecx,[rbp+0x18]
;;     2e: sub     ecx,eax
;;     31: mov     rax,rcx
;;     34: leave
;;     35: ret     0x10
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x20
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x20
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret
