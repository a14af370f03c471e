;; `f32.neg` of a local.

(module
  (func (export "f") (param $a f32) (result f32)
    (f32.neg (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003C
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movd    eax,xmm0
;;     2a: mov     r11d,0x80000000
;;     30: xor     eax,r11d
;;     33: movd    xmm0,eax
;;     38: leave
;;     39: ret     8
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x1F
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x1F
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret
